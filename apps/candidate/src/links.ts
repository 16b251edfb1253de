/** A link's one-time token travels in the URL fragment, so it never reaches a server log. */
export const tokenFromLink = (): string => new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
