import { Box } from '@mantine/core';

/** Consort's own mark: two overlapping rings, for when the vendor has no logo. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <Box component="span" display="inline-flex" aria-hidden>
      <svg width={size} height={size} viewBox="0 0 32 32" role="presentation">
        <rect width="32" height="32" rx="7" fill="#1c7ed6" />
        <circle cx="12" cy="16" r="6" fill="none" stroke="#fff" strokeWidth="3" />
        <circle cx="20" cy="16" r="6" fill="none" stroke="#a5d8ff" strokeWidth="3" />
      </svg>
    </Box>
  );
}
