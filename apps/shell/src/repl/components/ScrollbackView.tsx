/** Finished output, printed once above the live area through Ink's <Static>. */
import { Static, Text } from 'ink';
import { useEffect } from 'react';
import type { Scrollback } from '../hooks/useScrollback.js';
import { useStore } from '../state/store.js';

export function ScrollbackView({ scrollback }: { readonly scrollback: Scrollback }) {
  const { generation, items } = useStore(scrollback.store);
  // After this commit Static has printed `items` (Ink writes static output while committing): tell
  // whoever waits for them, then let the scrollback drop them if there are many.
  useEffect(() => {
    scrollback.rendered(items);
    scrollback.compact();
  }, [scrollback, items]);
  return (
    <Static key={generation} items={[...items]}>
      {(item) => <Text key={item.id}>{item.text}</Text>}
    </Static>
  );
}
