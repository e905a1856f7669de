${view.loud()}
