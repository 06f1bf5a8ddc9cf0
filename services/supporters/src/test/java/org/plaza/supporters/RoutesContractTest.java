package org.plaza.supporters;

import org.plaza.supporters.testing.SupportersTest;
import org.plaza.testsupport.routes.ServedRoutesContract;

/** The service's side of the platform's route table (see {@link ServedRoutesContract}). */
@SupportersTest
class RoutesContractTest implements ServedRoutesContract {
}
