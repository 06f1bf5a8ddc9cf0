/** The resident pages (drive page, confirmation, personal link) and the public comment API. */
package org.plaza.comments.comment.web;
