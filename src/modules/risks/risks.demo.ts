export const riskDemo = [];
