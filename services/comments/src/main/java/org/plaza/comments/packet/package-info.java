/** The clerk's packet: a streamed PDF and CSV of a closed drive's approved comments, stored, delivered and redelivered. */
package org.plaza.comments.packet;
