/** Signers' comments: the recent ones shown on the petition page, and hiding (with a reason) and restoring them. */
package org.plaza.petitions.moderation;
