/*
 * The ribbon of the WPS 加载项 (ribbon.xml): 打开检查窗格 shows the task pane
 * (taskpane.html beside this page, the same pane as in Excel); 检查 shows it
 * and asks it to check the open workbook. The entry page and the pane are
 * separate pages; they share WPS's PluginStorage, which is how the request
 * reaches the pane (addin/wps/requests.ts reads it).
 */
var PANE_KEY = 'beian_taskpane_id';
var REQUEST_KEY = 'beian_request';

function OnAddinLoad(ribbonUI) {
  window.Application.ribbonUI = ribbonUI;
  return true;
}

function paneUrl() {
  var here = document.location.href;
  return here.substring(0, here.lastIndexOf('/') + 1) + 'taskpane.html';
}

function showPane() {
  var app = window.Application;
  var id = app.PluginStorage.getItem(PANE_KEY);
  var pane = null;
  if (id) {
    try {
      pane = app.GetTaskPane(id);
    } catch (e) {
      pane = null;
    }
  }
  if (!pane) {
    pane = app.CreateTaskPane(paneUrl());
    app.PluginStorage.setItem(PANE_KEY, pane.ID);
  }
  pane.Visible = true;
}

function OnAction(control) {
  if (control.Id === 'beianCheck') window.Application.PluginStorage.setItem(REQUEST_KEY, 'check@' + Date.now());
  showPane();
  return true;
}

function GetImage(control) {
  return 'assets/icon-32.png';
}
