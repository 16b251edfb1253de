import { useEffect, useState } from 'react';
import { graphql } from '../graphql';

/** The signed-in person's member id in this organization (null until known). */
export function useMemberId(): string | null {
  const [memberId, setMemberId] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    graphql<{ me: { memberId: string } }>('{ me { memberId } }').then(
      ({ me }) => live && setMemberId(me.memberId),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return memberId;
}
