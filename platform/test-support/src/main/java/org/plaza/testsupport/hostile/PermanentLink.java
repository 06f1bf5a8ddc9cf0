package org.plaza.testsupport.hostile;

/**
 * A capability link that never expires and cannot be revoked (it works as long as what it opens exists, like an
 * unsubscribe link or a comment's own page): the walk asks an unknown key and someone else's id, and no expired or
 * revoked link. Implementing this instead of {@link CapabilityLink} says so explicitly.
 */
public interface PermanentLink extends CapabilityLink {

    @Override
    default Minted expired() {
        return null;
    }

    @Override
    default Minted revoked() {
        return null;
    }
}
