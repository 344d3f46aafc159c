/** Finished output, printed once above the live area through Ink's <Static>. */
import { Static, Text } from 'ink';
import type { ScrollItem } from '../hooks/useScrollback.js';
import { useStore, type Store } from '../state/store.js';

export function ScrollbackView({ store }: { readonly store: Store<readonly ScrollItem[]> }) {
  const items = useStore(store);
  return <Static items={[...items]}>{(item) => <Text key={item.id}>{item.text}</Text>}</Static>;
}
