/**
 * Signatures: signing, email verification by code or link, one signature per canonical email per
 * petition, resends, and the signature's part in its petition's counts.
 */
package org.plaza.petitions.signature;
