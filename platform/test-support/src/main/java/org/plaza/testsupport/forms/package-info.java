/**
 * Reading what a rendered form offers and what it refuses, so a test can compare a form's choices with the
 * platform's lists and a form's field messages with its API's.
 */
package org.plaza.testsupport.forms;
