@echo off
rem Double-click to install clerk-tui for this user (runs install.ps1 beside it).
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install.ps1" %*
pause
