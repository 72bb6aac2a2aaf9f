export const marketingDemo = { order: 990, seed: async () => {} };
