// Placeholder until the add-in issue: the task pane bundle (addin/taskpane) will be built from here.
// The core in src/ is already browser-safe apart from src/cli.
module.exports = {
  mode: 'production',
  entry: {},
};
