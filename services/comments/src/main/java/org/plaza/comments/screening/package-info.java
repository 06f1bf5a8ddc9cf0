/** Screens comment text for moderators: abusive words, and other people's emails or phone numbers. */
package org.plaza.comments.screening;
