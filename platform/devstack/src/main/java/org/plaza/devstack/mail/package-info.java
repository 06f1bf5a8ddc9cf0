/** Local SMTP (GreenMail) that keeps every message as an .eml file, and a web page to read them. */
package org.plaza.devstack.mail;
