package org.plaza.insights;

import org.plaza.insights.support.InsightsTest;
import org.plaza.testsupport.routes.ServedRoutesContract;

/** The service's side of the platform's route table (see {@link ServedRoutesContract}). */
@InsightsTest
class RoutesContractTest implements ServedRoutesContract {
}
