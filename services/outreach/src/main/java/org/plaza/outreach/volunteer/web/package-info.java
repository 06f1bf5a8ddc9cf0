/** The volunteer sign-up: the bilingual form residents fill in, and its JSON twin. */
package org.plaza.outreach.volunteer.web;
