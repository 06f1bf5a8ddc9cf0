/** Share kits for resident item pages: WhatsApp, SMS, Facebook and email links that name their source. */
package org.plaza.starter.share;
