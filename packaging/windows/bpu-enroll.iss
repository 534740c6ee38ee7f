; Inno Setup script of the BPU Enroll installer for Windows (Inno Setup 6.3 or newer).
;
; Build the bundle first (in the project folder, on Windows):
;     .venv\Scripts\python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\bpu-enroll.spec
; then compile this script:
;     iscc packaging\windows\bpu-enroll.iss
; The installer is written to dist\bpu-enroll-<version>-setup.exe. The version comes from the
; bundle's EXE version resource (stamped from pyproject.toml by the spec); `/DAppVersion=x.y.z`
; on the iscc command line overrides it.
;
; What it does:
; - installs dist\bpu-enroll\ for the current user (no administrator needed) under
;   %LOCALAPPDATA%\Programs\BPU Enroll, or for all users when run as administrator;
; - a Start-menu entry (and, if ticked, a desktop icon) for the desktop app;
; - an uninstaller that removes the program and KEEPS the officer's data (the encrypted store,
;   unsynced registrations, receipts, logs) unless the user ticks "also delete the data" in the
;   dialog it shows first. A silent uninstall (/SILENT, /VERYSILENT) always keeps the data.
; The data lives where platformdirs puts it for the app: %LOCALAPPDATA%\BPJS Ketenagakerjaan\bpu-enroll
; (logs in its Logs\ folder), never in the program folder.

#define AppName "BPU Enroll"
#define AppPublisher "BPJS Ketenagakerjaan"
#define AppExe "bpu-enroll.exe"
#define Bundle "..\..\dist\bpu-enroll"
#define DataFolder "{localappdata}\BPJS Ketenagakerjaan\bpu-enroll"
#define DataParent "{localappdata}\BPJS Ketenagakerjaan"

#ifndef AppVersion
  #define AppVersion GetVersionNumbersString(AddBackslash(SourcePath) + Bundle + "\" + AppExe)
#endif
#if AppVersion == ""
  #error The bundle is missing: build dist\bpu-enroll with PyInstaller first (see the top of this file).
#endif

[Setup]
AppId={{B6D9D503-6B31-4DBD-96E6-4D60597F89C7}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=bpu-enroll-{#AppVersion}-setup
SetupIconFile=..\..\build\pyinstaller\bpu-enroll\icons\bpu-enroll.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: both executables and _internal\.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Pendaftaran peserta BPU"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DeleteUserData: Boolean;

{ The dialog shown before uninstalling: the data is kept unless the box is ticked.
  Returns False when the user cancels the uninstall. }
function AskAboutUserData(): Boolean;
var
  Form: TSetupForm;
  Note: TNewStaticText;
  DeleteBox: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
  W: Integer;
begin
#if Ver >= EncodeVer(6, 3, 0)
  Form := CreateCustomForm(ScaleX(420), ScaleY(190), False, True);
#else
  Form := CreateCustomForm();
  Form.ClientWidth := ScaleX(420);
  Form.ClientHeight := ScaleY(190);
#endif
  try
    Form.Caption := 'Uninstall {#AppName}';

    Note := TNewStaticText.Create(Form);
    Note.Parent := Form;
    Note.Left := ScaleX(12);
    Note.Top := ScaleY(12);
    Note.Width := Form.ClientWidth - ScaleX(24);
    Note.AutoSize := False;
    Note.WordWrap := True;
    Note.Height := ScaleY(84);
    Note.Caption :=
      'The program will be removed. The registrations, receipts and logs on this laptop are ' +
      'KEPT, so a new installation finds them again.' + #13#10 +
      'Program akan dihapus. Data pendaftaran, kuitansi dan log di laptop ini TETAP disimpan.' + #13#10#13#10 +
      ExpandConstant('{#DataFolder}');

    DeleteBox := TNewCheckBox.Create(Form);
    DeleteBox.Parent := Form;
    DeleteBox.Left := ScaleX(12);
    DeleteBox.Top := Note.Top + Note.Height + ScaleY(8);
    DeleteBox.Width := Form.ClientWidth - ScaleX(24);
    DeleteBox.Height := ScaleY(34);
    DeleteBox.Caption :=
      'Also delete all data (unsynced registrations are lost) / ' +
      'Hapus juga semua data (pendaftaran yang belum dikirim hilang)';
    DeleteBox.Checked := False;

    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Caption := 'Uninstall';
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Caption := 'Cancel';
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    W := Form.CalculateButtonWidth([OkButton.Caption, CancelButton.Caption]);
    OkButton.Width := W;
    CancelButton.Width := W;
    OkButton.Height := ScaleY(23);
    CancelButton.Height := ScaleY(23);
    CancelButton.Left := Form.ClientWidth - ScaleX(12) - W;
    OkButton.Left := CancelButton.Left - ScaleX(6) - W;
    OkButton.Top := Form.ClientHeight - ScaleY(12 + 23);
    CancelButton.Top := OkButton.Top;

    Form.ActiveControl := CancelButton;
    Result := Form.ShowModal() = mrOk;
    DeleteUserData := Result and DeleteBox.Checked;
  finally
    Form.Free();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  DeleteUserData := False;
  if UninstallSilent() then
    Result := True
  else
    Result := AskAboutUserData();
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DeleteUserData then
  begin
    DelTree(ExpandConstant('{#DataFolder}'), True, True, True);
    RemoveDir(ExpandConstant('{#DataParent}'));
  end;
end;
