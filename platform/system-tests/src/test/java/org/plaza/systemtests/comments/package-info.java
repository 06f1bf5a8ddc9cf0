/** The public-comment journey on the running platform: comment in Spanish, confirm, approve, close, packet to the clerk. */
package org.plaza.systemtests.comments;
