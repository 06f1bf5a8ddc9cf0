/**
 * News for signers: when a petition is delivered and when the decision-maker responds, every verified
 * signer who asked for updates gets one notification request, exactly once, resumed after a restart.
 */
package org.plaza.petitions.update;
