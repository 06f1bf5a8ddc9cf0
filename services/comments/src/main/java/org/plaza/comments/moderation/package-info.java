/** The moderation queue: approve or reject confirmed comments (one or many), flags, translations. */
package org.plaza.comments.moderation;
