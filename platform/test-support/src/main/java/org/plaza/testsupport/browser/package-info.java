/** A phone-sized headless Chromium for page tests, and the accessibility and layout checks every resident page passes. */
package org.plaza.testsupport.browser;
