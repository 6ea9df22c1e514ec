// kehoach web page: keeps the access token (localStorage + a cookie for links), uploads, deletes.
(function () {
  "use strict";
  var KEY = "kehoach_token";

  function setCookie(token) {
    document.cookie = KEY + "=" + (token ? encodeURIComponent(token) : "") + "; path=/; SameSite=Strict" +
      (token ? "" : "; max-age=0");
  }
  function getToken() { return localStorage.getItem(KEY) || ""; }
  function saveToken(token) {
    if (token) { localStorage.setItem(KEY, token); } else { localStorage.removeItem(KEY); }
    setCookie(token);
  }

  // A token handed over in the address (?token=…), as `make run` prints it.
  var params = new URLSearchParams(location.search);
  if (params.get("token")) {
    saveToken(params.get("token"));
    params.delete("token");
    var rest = params.toString();
    history.replaceState(null, "", location.pathname + (rest ? "?" + rest : "") + location.hash);
    if (document.querySelector("details.token[open]")) { location.reload(); }
  } else if (getToken()) {
    setCookie(getToken());
  }

  var MESSAGES = {
    400: "Không đọc được tệp",
    401: "Thiếu mã truy cập: hãy dán mã vào ô Mã truy cập",
    403: "Mã truy cập không hợp lệ hoặc không có quyền ghi",
    404: "Không tìm thấy",
    413: "Tệp quá lớn",
    415: "Định dạng tệp không được hỗ trợ (chỉ nhận .pdf, .docx, .txt)",
    422: "Dữ liệu không hợp lệ"
  };
  function explain(status, body) {
    var reason = body && typeof body.detail === "string" ? " (" + body.detail + ")" : "";
    return (MESSAGES[status] || "Lỗi " + status) + reason;
  }
  function authHeaders() {
    var t = getToken();
    return t ? { "Authorization": "Bearer " + t } : {};
  }

  var tokenForm = document.getElementById("token-form");
  if (tokenForm) {
    var input = document.getElementById("token-input");
    var status = document.getElementById("token-status");
    status.textContent = getToken() ? "Đã có mã" : "Chưa có mã";
    tokenForm.addEventListener("submit", function (ev) {
      ev.preventDefault();
      saveToken(input.value.trim());
      input.value = "";
      status.textContent = "Đã lưu mã truy cập";
      location.reload();
    });
    document.getElementById("token-clear").addEventListener("click", function () {
      saveToken("");
      status.textContent = "Đã xóa mã";
    });
  }

  var uploadForm = document.getElementById("upload-form");
  if (uploadForm) {
    uploadForm.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var file = document.getElementById("upload-file").files[0];
      var out = document.getElementById("upload-status");
      if (!file) { out.textContent = "Hãy chọn tệp"; return; }
      var data = new FormData();
      data.append("file", file);
      out.textContent = "Đang xử lý…";
      fetch("/documents", { method: "POST", body: data, headers: authHeaders() })
        .then(function (r) { return r.json().then(function (b) { return [r.status, b]; }); })
        .then(function (res) {
          if (res[0] === 201 || res[0] === 200) {
            out.textContent = res[0] === 201 ? "Đã tải lên" : "Kế hoạch này đã có, mở bản đã lưu";
            location.href = "/ke-hoach/" + res[1].id;
          } else {
            out.textContent = explain(res[0], res[1]);
          }
        })
        .catch(function (e) { out.textContent = "Lỗi kết nối: " + e; });
    });
  }

  document.querySelectorAll("button.delete").forEach(function (btn) {
    btn.addEventListener("click", function () {
      if (!confirm("Xóa kế hoạch này?")) { return; }
      fetch("/documents/" + btn.dataset.id, { method: "DELETE", headers: authHeaders() })
        .then(function (r) {
          if (r.status === 204) { btn.closest("tr").remove(); }
          else { return r.json().then(function (b) { alert(explain(r.status, b)); }); }
        });
    });
  });
})();
