import { MonitoringApp } from "../constructs";
import { declareOrganisation } from "./organisation";
import { settingsFrom } from "./settings";

/** The example organisation (organisation.ts), with the settings of the environment it is synthesized in. */
const app = new MonitoringApp();
declareOrganisation(app, settingsFrom(process.env));
app.run();
