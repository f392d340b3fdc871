import { ChunkStatus } from '../components/ui/chunk-status.tsx';
import { preloadable, usePreloadable } from '../lib/preloadable.ts';
import { usePendingLink } from '../store/link-state.ts';
import { useNoticeStore } from '../store/notices.ts';

/**
 * The notices' banners and the link-conflict question: a chunk of their own, fetched the first time there is
 * something to show (most visits have none), so the first view does not carry them. Once loaded they stay
 * mounted, so the polite live region that announces the conflict's outcome is in place before it changes.
 */
export const SHARE_NOTICES = preloadable(() => import('../features/share/share-notices.tsx'));

export function LazyShareNotices() {
  const hasNotices = useNoticeStore((s) => s.notices.length > 0);
  const hasPendingLink = usePendingLink((s) => s.pending !== null);
  const wanted = hasNotices || hasPendingLink;
  const { module, failed, retry } = usePreloadable(SHARE_NOTICES, wanted);
  if (module) return <module.ShareNotices />;
  return wanted && failed ? <ChunkStatus what="a notice about your answers" failed retry={retry} /> : null;
}
