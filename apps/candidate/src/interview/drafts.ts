/**
 * Answers being typed, kept in this browser (per session question) until the server has accepted the
 * submit: a reload, a closed tab or an ended session loses nothing.
 */
interface LocalDraft {
  text: string;
  /** The server has this text (an autosave went through). */
  saved: boolean;
  /** When it was typed (ms since the epoch). */
  at: number;
}

const PREFIX = 'mockint.draft.';
/** Drafts of sittings left unfinished for this long are dropped. */
const KEEP_MS = 30 * 24 * 3600 * 1000;

function read(key: string): LocalDraft | null {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') as LocalDraft | null;
  } catch {
    return null;
  }
}

export const localDrafts = {
  /** The text to start from: this browser's when the server does not have it yet, else the server's draft. */
  startingText(sessionQuestionId: string, serverDraft: string): string {
    const local = read(PREFIX + sessionQuestionId);
    return local && !local.saved ? local.text : serverDraft;
  },

  typed(sessionQuestionId: string, text: string): void {
    localStorage.setItem(PREFIX + sessionQuestionId, JSON.stringify({ text, saved: false, at: Date.now() }));
  },

  /** The server autosaved `text`; later typing keeps the draft marked as not saved. */
  saved(sessionQuestionId: string, text: string): void {
    const local = read(PREFIX + sessionQuestionId);
    if (local?.text === text) localStorage.setItem(PREFIX + sessionQuestionId, JSON.stringify({ ...local, saved: true }));
  },

  /** The server wrote the draft (a transcript added to it): this browser takes it as saved. */
  fromServer(sessionQuestionId: string, text: string): void {
    localStorage.setItem(PREFIX + sessionQuestionId, JSON.stringify({ text, saved: true, at: Date.now() }));
  },

  submitted(sessionQuestionId: string): void {
    localStorage.removeItem(PREFIX + sessionQuestionId);
  },

  forgetOld(now = Date.now()): void {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(PREFIX) && (read(key)?.at ?? 0) < now - KEEP_MS) localStorage.removeItem(key);
    }
  },
};
