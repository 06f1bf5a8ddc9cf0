/** The public accessibility statement: how Plaza's pages are made usable by everyone and how to report a barrier. */
package org.plaza.supporters.statement;
