/** A form or page shown again because something was refused answers with the refusal's status, never 200. */
package org.plaza.starter.form;
