/** What the load is made of: each scenario prepares its data, defines one operation, and checks exactness at the end. */
package org.plaza.bench.scenario;
