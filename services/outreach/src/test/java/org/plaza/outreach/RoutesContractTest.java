package org.plaza.outreach;

import org.plaza.outreach.testing.OutreachTest;
import org.plaza.testsupport.routes.ServedRoutesContract;

/** The service's side of the platform's route table (see {@link ServedRoutesContract}). */
@OutreachTest
class RoutesContractTest implements ServedRoutesContract {
}
