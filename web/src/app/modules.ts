import type { WebModule } from './module';

/**
 * Every web module, found by its folder: `modules/<m>/module.tsx` exporting `module`. The router,
 * the navigation and the label registry read this list; none of them names a module. Sorted by
 * folder name, so that the order is the same on every build.
 */
const found = import.meta.glob<WebModule>('../modules/*/module.tsx', { eager: true, import: 'module' });

export const WEB_MODULES: readonly (WebModule & { name: string })[] = Object.entries(found)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([file, module]) => {
    const name = /modules\/([^/]+)\/module\.tsx$/.exec(file)?.[1] ?? file;
    if (!module) throw new Error(`${file} must export \`module\` (a WebModule)`);
    return { ...module, name };
  });
