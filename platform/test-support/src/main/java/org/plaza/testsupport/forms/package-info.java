/** Reading what a rendered form offers, so a test can compare a form's choices with the platform's lists. */
package org.plaza.testsupport.forms;
