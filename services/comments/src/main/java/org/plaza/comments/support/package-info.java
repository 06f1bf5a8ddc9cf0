/** Small helpers shared by the features: sortable ids, secrets for links and codes, text checks. */
package org.plaza.comments.support;
