export const allianceAlertsDemo = [];
