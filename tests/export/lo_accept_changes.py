# SPDX-License-Identifier: GPL-3.0-or-later
# Opens a DOCX in LibreOffice (headless, over UNO), accepts (or rejects) every tracked change as
# Edit ▸ Track Changes ▸ Accept All does, and writes the document's text as UTF-8.
# usage: accept.py PROFILE_DIR INPUT.docx ACCEPTED.txt REJECTED.txt
import os, subprocess, sys, time
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p

profile, source, accepted, rejected = sys.argv[1:5]
pipe = "blendwise%d" % os.getpid()
office = subprocess.Popen(["soffice", "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--headless",
                           "--invisible", "--norestore", "--nologo", "--accept=pipe,name=%s;urp;" % pipe],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = None
    for _ in range(240):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.25)
    if ctx is None:
        sys.exit("LibreOffice did not answer")
    smgr = ctx.ServiceManager
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    for command, target in ((".uno:AcceptAllTrackedChanges", accepted), (".uno:RejectAllTrackedChanges", rejected)):
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                           (prop("Hidden", True),))
        dispatcher.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
        remaining = doc.getRedlines().createEnumeration().hasMoreElements() if hasattr(doc, "getRedlines") else False
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                       (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8")))
        doc.close(True)
        if remaining:
            sys.exit("tracked changes left after " + command)
    desktop.terminate()
finally:
    try:
        office.wait(30)
    except Exception:
        office.kill()
