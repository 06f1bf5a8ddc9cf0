/**
 * Abuse controls on signing: the per-client limit, the silent fraud flag for bursts from one client
 * address or email domain, and the SignatureRateSpiked alert when a petition's signing trends sharply.
 */
package org.plaza.petitions.abuse;
