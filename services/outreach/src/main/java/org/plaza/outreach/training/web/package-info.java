/** The certificate download, opened by the personal link in the certificate email. */
package org.plaza.outreach.training.web;
