/** Residents' comments: submitted, confirmed by email, edited or withdrawn through a personal link until the deadline. */
package org.plaza.comments.comment;
