/** Fault drills against a small outboxed service: MongoDB stopped and started again under it. */
package org.plaza.starter.drill;
