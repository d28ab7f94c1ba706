/// <reference path="../pb_data/types.d.ts" />
// A save that does not start from the stored version is refused in its own transaction (see versions.js).

onRecordCreateExecute((e) => require(`${__hooks}/versions.js`).onCreate(e), 'budget_reports', 'budget_lines', 'budget_periods', 'module_settings', 'assessment_rounds', 'assessment_settings', 'assessment_forms', 'assessment_university', 'assessment_network');
onRecordUpdateExecute((e) => require(`${__hooks}/versions.js`).onUpdate(e), 'budget_reports', 'budget_lines', 'budget_periods', 'module_settings', 'assessment_rounds', 'assessment_settings', 'assessment_forms', 'assessment_university', 'assessment_network');
