/** The comment burst: residents comment on one drive and confirm with the emailed code. */
package org.plaza.bench.comments;
