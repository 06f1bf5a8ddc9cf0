/** Mass-comment groups: identical and near-identical comments (normalized text, shingle similarity), split and merged by organizers. */
package org.plaza.comments.grouping;
