/**
 * Notices: the one job of this module is the small store the share banner shows (link decode problems,
 * model-version notes, storage problems). Every other store module posts to it; none of them shows anything.
 */
import { create } from 'zustand';

export type NoticeKind = 'error' | 'warning' | 'info';

export interface Notice {
  id: string;
  kind: NoticeKind;
  title: string;
  details: string[];
}

interface NoticeState {
  notices: Notice[];
}

/** Notices for the banner (newest last). A notice with the same id replaces the older one. */
export const useNoticeStore = create<NoticeState>()(() => ({ notices: [] }));

export function pushNotice(notice: Notice): void {
  useNoticeStore.setState((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] }));
}

export function dismissNotice(id: string): void {
  useNoticeStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}
