package org.plaza.notifications;

import org.plaza.testsupport.routes.ServedRoutesContract;

/** The service's side of the platform's route table (see {@link ServedRoutesContract}). */
class RoutesContractTest extends NotificationsServiceTest implements ServedRoutesContract {
}
