import { ShowOnce } from '../../../ui/ShowOnce';

/** A signing secret, the one time it is shown, with a copy button and a warning. */
export function ShowSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  return (
    <ShowOnce value={secret} title="Copy the signing secret now" noun="secret" testId="webhook-secret" onDone={onDone}>
      This is the only time it is shown. The receiver verifies every delivery with it (the Standard Webhooks libraries take it as
      it is, whsec_ and all).
    </ShowOnce>
  );
}
