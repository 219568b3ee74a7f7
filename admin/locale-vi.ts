/**
 * Every phrase of the Decap CMS interface in Vietnamese, for the screens
 * communications staff use (list, editor, workflow, media). Decap's own `vi`
 * locale covers about 171 of its 248 phrases and falls back to English for
 * the rest; this one is complete (admin/locale-vi.test.ts compares it with
 * Decap's `en` key by key) and uses the portal's words: “bài”, “đăng”,
 * “gỡ”, “Bản nháp → Đang xét duyệt → Sẵn sàng”.
 *
 * Registered as `vi` by admin/main.ts, replacing Decap's partial one.
 */
export const viPhrases = {
  auth: {
    login: 'Đăng nhập',
    loggingIn: 'Đang đăng nhập…',
    loginWithNetlifyIdentity: 'Đăng nhập bằng Netlify Identity',
    loginWithAzure: 'Đăng nhập bằng Azure',
    loginWithBitbucket: 'Đăng nhập bằng Bitbucket',
    loginWithGitHub: 'Đăng nhập bằng GitHub',
    loginWithGitLab: 'Đăng nhập bằng GitLab',
    loginWithGitea: 'Đăng nhập bằng Gitea',
    loginWithForgejo: 'Đăng nhập bằng Forgejo',
    errors: {
      email: 'Hãy nhập địa chỉ thư điện tử.',
      password: 'Hãy nhập mật khẩu.',
      identitySettings: 'Không đọc được thiết lập đăng nhập. Với máy chủ git-gateway, hãy bật dịch vụ Identity và Git Gateway.',
    },
  },
  app: {
    header: {
      content: 'Nội dung',
      workflow: 'Duyệt bài',
      media: 'Ảnh và tệp',
      quickAdd: 'Viết mới',
    },
    app: {
      errorHeader: 'Không tải được cấu hình trang quản trị',
      configErrors: 'Lỗi cấu hình',
      checkConfigYml: 'Hãy kiểm tra cấu hình (src/schema/cms.ts).',
      loadingConfig: 'Đang tải cấu hình…',
      waitingBackend: 'Đang kết nối kho nội dung…',
    },
    notFoundPage: {
      header: 'Không tìm thấy trang',
    },
  },
  collection: {
    sidebar: {
      collections: 'Loại nội dung',
      allCollections: 'Tất cả nội dung',
      searchAll: 'Tìm trong tất cả',
      searchIn: 'Tìm trong',
    },
    collectionTop: {
      sortBy: 'Sắp xếp theo',
      viewAs: 'Kiểu hiển thị',
      viewAsList: 'Xem dạng danh sách',
      viewAsGrid: 'Xem dạng lưới',
      newButton: '+ %{collectionLabel} mới',
      newButtonAriaLabel: 'Thêm %{collectionLabel} mới',
      ascending: 'Tăng dần',
      descending: 'Giảm dần',
      searchResults: 'Kết quả tìm “%{searchTerm}”',
      searchResultsInCollection: 'Kết quả tìm “%{searchTerm}” trong %{collection}',
      filterBy: 'Lọc theo',
      groupBy: 'Nhóm theo',
    },
    entries: {
      loadingEntries: 'Đang tải danh sách…',
      cachingEntries: 'Đang chuẩn bị danh sách…',
      longerLoading: 'Việc này có thể mất vài phút',
      noEntries: 'Chưa có bài nào',
      unpublishedHeader: 'Bài chưa đăng',
    },
    groups: {
      other: 'Khác',
      negateLabel: 'Không phải %{label}',
    },
    defaultFields: {
      author: {
        label: 'Người viết',
      },
      updatedOn: {
        label: 'Cập nhật lúc',
      },
    },
  },
  editor: {
    editorControl: {
      field: {
        optional: 'không bắt buộc',
        // Decap fills in the widget's code name (string, relation…): not words staff know.
        widgetLabel: 'Ô nhập liệu',
      },
    },
    editorControlPane: {
      widget: {
        required: 'Chưa nhập “%{fieldLabel}”: trường này bắt buộc.',
        regexPattern: '“%{fieldLabel}” chưa đúng quy định: %{pattern}.',
        processing: '“%{fieldLabel}” đang được xử lý.',
        range: '“%{fieldLabel}” phải từ %{minValue} đến %{maxValue}.',
        min: '“%{fieldLabel}” phải từ %{minValue} trở lên.',
        max: '“%{fieldLabel}” tối đa là %{maxValue}.',
        rangeCount: '“%{fieldLabel}” phải có từ %{minCount} đến %{maxCount} mục.',
        rangeCountExact: '“%{fieldLabel}” phải có đúng %{count} mục.',
        rangeMin: '“%{fieldLabel}” phải có ít nhất %{minCount} mục.',
        rangeMax: '“%{fieldLabel}” có nhiều nhất %{maxCount} mục.',
        invalidPath: 'Đường dẫn “%{path}” không hợp lệ',
        pathExists: 'Đường dẫn “%{path}” đã có',
      },
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Điền từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Điền nội dung từ bản %{locale}?\nMọi nội dung đang có sẽ bị thay thế.',
      },
    },
    editor: {
      onLeavePage: 'Rời trang này? Những thay đổi chưa lưu sẽ mất.',
      onUpdatingWithUnsavedChanges: 'Bài có thay đổi chưa lưu: hãy bấm “Lưu” trước khi đổi trạng thái.',
      onPublishingNotReady: 'Hãy chuyển bài sang “Sẵn sàng” trước khi đăng.',
      onPublishingWithUnsavedChanges: 'Bài có thay đổi chưa lưu: hãy bấm “Lưu” trước khi đăng.',
      onPublishing: 'Đăng bài này lên trang?',
      onUnpublishing:
        'Rút bài này khỏi trang về bản nháp? Đường dẫn của bài sẽ không còn. Muốn báo cho bạn đọc là bài đã gỡ, hãy dùng “Gỡ bài” trong bài rồi lưu và đăng.',
      onDeleteWithUnsavedChanges: 'Xóa bài đã đăng này, cùng những thay đổi chưa lưu trong lần sửa này?',
      onDeletePublishedEntry: 'Xóa bài đã đăng này?',
      onDeleteUnpublishedChangesWithUnsavedChanges:
        'Bỏ mọi thay đổi chưa đăng của bài này, kể cả những gì chưa lưu? Bản đang hiện trên trang (nếu có) giữ nguyên; bài chưa từng đăng thì bản nháp bị xóa hẳn.',
      onDeleteUnpublishedChanges:
        'Bỏ mọi thay đổi chưa đăng của bài này? Bản đang hiện trên trang (nếu có) giữ nguyên; bài chưa từng đăng thì bản nháp bị xóa hẳn.',
      loadingEntry: 'Đang mở bài…',
      confirmLoadBackup: 'Có một bản lưu tạm trên máy này cho bài này. Dùng bản lưu tạm đó?',
    },
    editorInterface: {
      toggleI18n: 'Bật/tắt song ngữ',
      togglePreview: 'Bật/tắt xem trước',
      toggleScrollSync: 'Cuộn cùng lúc',
      toggleNotes: 'Bật/tắt ghi chú',
    },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới để trao đổi về bài.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Viết ghi chú…',
      editPlaceholder: 'Sửa ghi chú…',
      save: 'Lưu',
      cancel: 'Hủy',
      edit: 'Sửa',
      delete: 'Xóa',
      resolve: 'Đã xử lý',
      unresolve: 'Mở lại',
      confirmDelete: 'Xóa ghi chú này?',
      shortcut: 'Mẹo: bấm Ctrl+Enter để thêm ghi chú nhanh',
    },
    editorToolbar: {
      publishing: 'Đang đăng…',
      publish: 'Đăng',
      published: 'Đã đăng',
      unpublish: 'Rút về bản nháp',
      duplicate: 'Nhân bản',
      // Shown on “Đã đăng” while the entry is being written: on every save of a published entry, not only when it is withdrawn.
      unpublishing: 'Đang lưu…',
      publishAndCreateNew: 'Đăng và viết bài mới',
      publishAndDuplicate: 'Đăng và nhân bản',
      deleteUnpublishedChanges: 'Bỏ các thay đổi chưa đăng',
      deleteUnpublishedEntry: 'Xóa bản nháp này',
      deletePublishedEntry: 'Xóa bài đã đăng',
      deleteEntry: 'Xóa bài',
      saving: 'Đang lưu…',
      save: 'Lưu',
      statusInfoTooltipDraft: 'Bài đang là bản nháp. Viết xong, hãy chuyển sang “Đang xét duyệt” để gửi duyệt.',
      statusInfoTooltipInReview: 'Bài đang chờ duyệt, không cần làm gì thêm. Trong lúc chờ vẫn có thể sửa bài.',
      deleting: 'Đang xóa…',
      updating: 'Đang cập nhật…',
      status: 'Trạng thái: %{status}',
      backCollection: ' Đang viết trong mục %{collectionLabel}',
      unsavedChanges: 'Có thay đổi chưa lưu',
      // Shown on the disabled save button of an untouched entry, new or saved: true of both.
      changesSaved: 'Không có gì mới để lưu',
      draft: 'Bản nháp',
      inReview: 'Đang xét duyệt',
      ready: 'Sẵn sàng',
      publishNow: 'Đăng ngay',
      deployPreviewPendingButtonLabel: 'Kiểm tra bản xem thử',
      deployPreviewButtonLabel: 'Xem bản xem thử',
      deployButtonLabel: 'Xem trên trang',
    },
    editorWidgets: {
      markdown: {
        bold: 'Chữ đậm',
        italic: 'Chữ nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ liên kết',
        headings: 'Tiêu đề mục',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Chèn',
        richText: 'Soạn thảo',
        markdown: 'Mã nguồn',
        toggleMode: {
          rich: 'Chuyển sang chế độ soạn thảo',
          markdown: 'Chuyển sang chế độ mã nguồn',
        },
      },
      image: {
        choose: 'Chọn ảnh',
        chooseMultiple: 'Chọn nhiều ảnh',
        chooseUrl: 'Chèn từ địa chỉ web',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ web của ảnh',
        chooseDifferent: 'Chọn ảnh khác',
        addMore: 'Thêm ảnh',
        remove: 'Bỏ ảnh',
        removeAll: 'Bỏ tất cả ảnh',
      },
      file: {
        choose: 'Chọn tệp',
        chooseUrl: 'Chèn từ địa chỉ web',
        chooseMultiple: 'Chọn nhiều tệp',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ web của tệp',
        chooseDifferent: 'Chọn tệp khác',
        addMore: 'Thêm tệp',
        remove: 'Bỏ tệp',
        removeAll: 'Bỏ tất cả tệp',
      },
      unknownControl: {
        noControl: 'Không có ô nhập cho kiểu trường “%{widget}”.',
      },
      unknownPreview: {
        noPreview: 'Không có bản xem trước cho kiểu trường “%{widget}”.',
      },
      headingOptions: {
        headingOne: 'Tiêu đề cấp 1',
        headingTwo: 'Tiêu đề cấp 2',
        headingThree: 'Tiêu đề cấp 3',
        headingFour: 'Tiêu đề cấp 4',
        headingFive: 'Tiêu đề cấp 5',
        headingSix: 'Tiêu đề cấp 6',
      },
      datetime: {
        now: 'Bây giờ',
        clear: 'Xóa',
        setToNow: 'Đặt “%{fieldLabel}” là bây giờ',
      },
      list: {
        add: 'Thêm %{item}',
        addType: 'Thêm %{item}',
      },
      object: {
        expand: 'Mở rộng',
        collapse: 'Thu gọn',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      draft: 'Bản nháp',
      copy: 'Sao chép',
      copyUrl: 'Sao chép địa chỉ',
      copyPath: 'Sao chép đường dẫn',
      copyName: 'Sao chép tên',
      copied: 'Đã sao chép',
    },
    mediaLibrary: {
      onDelete: 'Xóa những tệp đã chọn?',
      fileTooLarge: 'Tệp quá lớn: chỉ nhận tệp đến %{size} kB (20 MB).',
    },
    mediaLibraryModal: {
      loading: 'Đang tải…',
      close: 'Đóng',
      noResults: 'Không tìm thấy.',
      noAssetsFound: 'Chưa có tệp nào.',
      noImagesFound: 'Chưa có ảnh nào.',
      private: 'Riêng tư ',
      images: 'Ảnh',
      // The one library not only for photos is the document block's (the header's is gone: admin/patches/noHeaderMediaLibrary.ts).
      mediaAssets: 'Văn bản',
      search: 'Tìm…',
      uploading: 'Đang tải lên…',
      upload: 'Tải ảnh lên',
      download: 'Tải về',
      deleting: 'Đang xóa…',
      deleteSelected: 'Xóa ảnh đã chọn',
      chooseSelected: 'Dùng ảnh đã chọn',
    },
  },
  ui: {
    default: {
      goBackToSite: 'Về trang tin',
    },
    errorBoundary: {
      title: 'Lỗi',
      details: 'Trang quản trị gặp lỗi. Xin ',
      reportIt: 'báo cho bộ phận kỹ thuật.',
      detailsHeading: 'Chi tiết',
      privacyWarning: 'Báo lỗi sẽ kèm nội dung lỗi và dữ liệu gỡ lỗi.\nHãy kiểm tra lại và xóa thông tin nhạy cảm (nếu có) trước khi gửi.',
      recoveredEntry: {
        heading: 'Nội dung được khôi phục',
        warning: 'Hãy sao chép nội dung này ra chỗ khác trước khi rời trang!',
        copyButtonLabel: 'Sao chép',
      },
    },
    settingsDropdown: {
      logOut: 'Đăng xuất',
      account: 'Tài khoản',
    },
    toast: {
      onFailToLoadEntries: 'Không tải được bài: %{details}',
      onFailToLoadDeployPreview: 'Không tải được bản xem thử: %{details}',
      onFailToPersist: 'Chưa lưu được bài: %{details}',
      onFailToDelete: 'Không xóa được bài: %{details}',
      onFailToUpdateStatus: 'Không đổi được trạng thái: %{details}',
      missingRequiredField: 'Còn trường bắt buộc chưa nhập. Hãy nhập đủ rồi lưu lại.',
      // %{what}: the collection's singular label, in lower case (admin/patches/noticeNamesWhat.ts): “Đã lưu album ảnh”.
      entrySaved: 'Đã lưu %{what}',
      entryPublished: 'Đã đăng %{what}',
      entryUnpublished: 'Đã rút bài về bản nháp',
      onFailToPublishEntry: 'Không đăng được bài: %{details}',
      onFailToUnpublishEntry: 'Không rút được bài: %{details}',
      entryUpdated: 'Đã đổi trạng thái bài',
      onDeleteUnpublishedChanges: 'Đã xóa những thay đổi chưa đăng',
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã sửa ghi chú',
      onFailToUpdateNote: 'Không sửa được ghi chú: %{details}',
      noteDeleted: 'Đã xóa ghi chú',
      onFailToDeleteNote: 'Không xóa được ghi chú: %{details}',
      noteResolved: 'Đã đánh dấu ghi chú là đã xử lý',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
      onFailToAuth: 'Không đăng nhập được: %{details}',
      onLoggedOut: 'Phiên đăng nhập đã hết. Hãy sao chép lại phần đang viết rồi đăng nhập lại.',
      onBackendDown: 'Kho nội dung đang gặp sự cố. Xem %{details} để biết thêm.',
    },
  },
  workflow: {
    workflow: {
      loading: 'Đang tải các bài chờ duyệt',
      workflowHeading: 'Quy trình duyệt bài',
      newPost: 'Viết bài mới',
      description: '%{smart_count} bài đang chờ duyệt, %{readyCount} bài sẵn sàng để đăng.',
      dateFormat: 'DD/MM/YYYY',
    },
    workflowCard: {
      lastChange: '%{date}, %{author}',
      lastChangeNoAuthor: 'Sửa lần cuối %{date}',
      lastChangeNoDate: 'Người sửa: %{author}',
      deleteChanges: 'Xóa thay đổi',
      deleteNewEntry: 'Xóa bài mới',
      publishChanges: 'Đăng thay đổi',
      publishNewEntry: 'Đăng bài mới',
    },
    workflowList: {
      onDeleteEntry: 'Xóa bài này?',
      onPublishingNotReadyEntry: 'Chỉ bài ở cột “Sẵn sàng” mới được đăng. Hãy kéo thẻ bài sang cột “Sẵn sàng”.',
      onPublishEntry: 'Đăng bài này lên trang?',
      draftHeader: 'Bản nháp',
      inReviewHeader: 'Đang xét duyệt',
      readyHeader: 'Sẵn sàng',
      currentEntries: '%{smart_count} bài',
    },
  },
};

/** Words used by the admin's own additions (upload checks, save checks, editor components). */
export const adminPhrases = {
  image: 'Ảnh',
  imageAlt: 'Mô tả ảnh (alt)',
  imageAltHint: 'Bắt buộc: mô tả ngắn nội dung ảnh cho người không xem được ảnh',
  imageCaption: 'Chú thích ảnh',
  imageCaptionHint: 'In nghiêng dưới ảnh trên trang, ví dụ: Đ/c Chủ tịch phát biểu tại hội nghị',
  bodyImageWithoutAlt: 'Ảnh trong nội dung bài chưa có “Mô tả ảnh (alt)”: bấm vào ảnh và điền mô tả.',
  uploadNotImage: (name: string) => `Không nhận tệp “${name}”: chỉ nhận ảnh JPEG, PNG hoặc WebP, và văn bản PDF, Word, Excel, ODT, ODS (đúng đuôi tên tệp).`,
  blockProblem: 'Khối chưa đủ thông tin',
  reducing: (n: number, total: number, name: string) => `Đang thu nhỏ ảnh ${total > 1 ? `${n}/${total} ` : ''}(${name}) trước khi tải lên…`,
  uploadTooLarge: (name: string, megabytes: string, limit: number) =>
    `Ảnh “${name}” nặng ${megabytes} MB, quá giới hạn ${limit} MB. Hãy giảm kích thước ảnh rồi tải lên lại.`,
  documentTooLarge: (name: string, megabytes: string, limit: number) =>
    `Văn bản “${name}” nặng ${megabytes} MB, quá giới hạn ${limit} MB. Hãy nén tệp (ví dụ in lại PDF với chất lượng thấp hơn) rồi tải lên lại.`,
  withdrawal: {
    live: 'Bài đang đăng bình thường.',
    start: 'Gỡ bài…',
    reason: 'Lý do gỡ bài (bắt buộc)',
    reasonHint:
      'Lý do hiện cho bạn đọc tại địa chỉ cũ của bài, ví dụ: “Thông tin trong bài chưa chính xác, đang được kiểm tra lại.” Bấm “Lưu”, rồi đăng như mọi thay đổi khác.',
    cancel: 'Thôi, không gỡ',
    missing: 'Hãy ghi lý do gỡ bài, hoặc bấm “Thôi, không gỡ”.',
  },
  photoList: {
    label: 'Tải nhiều ảnh lên cùng lúc',
    hint: 'Chọn nhiều ảnh một lần (giữ Ctrl hoặc Shift khi chọn). Mỗi ảnh thành một mục bên dưới; hãy điền “Mô tả ảnh (alt)” cho từng ảnh trước khi lưu.',
  },
  /**
   * Decap's own “Code Block”, what the editor makes of a fenced block that is none of the site's
   * (a hand-written ```, or a block the editor could not read): named for what it is to staff.
   */
  codeBlock: 'Đoạn mã (không phải khối của trang)',
  /** The library opened by the document block's file field (admin/patches/fileLibraryLabels.ts). */
  fileLibrary: {
    upload: 'Tải tệp lên',
    deleteSelected: 'Xóa tệp đã chọn',
    chooseSelected: 'Dùng tệp đã chọn',
  },
  picker: {
    loading: 'Đang tải…',
    none: 'Không tìm thấy',
    /** What a screen reader hears in a picker (react-select's live region, English unless given these: admin/pickerMessages.ts). */
    menuGuidance: 'Dùng phím mũi tên lên, xuống để di chuyển, Enter để chọn mục đang đứng, Esc để đóng danh sách',
    tabGuidance: ', Tab để chọn mục và đóng danh sách',
    inputGuidance: (label: string, searchable: boolean, multi: boolean) =>
      `${label}${searchable ? ', gõ để lọc danh sách' : ''}, bấm mũi tên xuống để mở danh sách${multi ? ', mũi tên trái để đi tới các mục đã chọn' : ''}.`,
    field: 'Ô chọn',
    valueGuidance: 'Dùng mũi tên trái, phải để đi giữa các mục đã chọn, Backspace để bỏ mục đang đứng.',
    deselected: (label: string) => `Đã bỏ ${label}.`,
    cleared: 'Đã bỏ mọi mục đã chọn.',
    selected: (labels: string) => `Đã chọn ${labels}.`,
    disabled: (label: string) => `Không chọn được ${label}. Hãy chọn mục khác.`,
    focusedValue: (label: string, position: string) => `Mục đã chọn ${label}, ${position}.`,
    focusedOption: (label: string, selected: boolean, disabled: boolean, position: string) =>
      `${label}${selected ? ', đã chọn' : ''}${disabled ? ', không chọn được' : ''}, ${position}.`,
    position: (n: number, total: number) => `${n} trên ${total}`,
    results: (count: number) => `${count} kết quả`,
    filtered: (results: string, typed: string) => `${results}${typed ? ` cho “${typed}”` : ''}.`,
  },
  list: {
    noCategory: 'Chưa chọn chuyên mục',
    noWard: 'Chưa gắn phường/xã',
    visible: 'Công khai',
    hidden: 'Ẩn (bản nháp)',
    scheduled: 'Hẹn giờ',
  },
  /** A save refused because the entry changed since this editor opened it (admin/server/conflict.ts, admin/versions.ts). */
  conflict: {
    savedByOther: (when: string, author: string | null) =>
      `Bài này đã có người khác lưu lúc ${when}${author ? ` (người lưu: ${author})` : ''}, sau khi bạn mở bài. Bản của bạn chưa được lưu, để không xóa mất phần người kia đã sửa; nó vẫn còn nguyên trong khung soạn.`,
    existsAlready: (when: string, author: string | null) =>
      `Đã có một bài cùng tên, lưu lúc ${when}${author ? ` (người lưu: ${author})` : ''}. Bài của bạn chưa được lưu và vẫn còn nguyên trong khung soạn: hãy đổi tiêu đề rồi lưu lại.`,
    gone: 'Bài này đã bị xóa hoặc chuyển đi sau khi bạn mở bài. Bản của bạn chưa được lưu và vẫn còn nguyên trong khung soạn: hãy chép phần đã viết, rồi mở lại bài từ danh sách.',
    oldAdmin:
      'Trang quản trị đang mở là bản cũ, chưa kiểm tra được bài có vừa được người khác lưu hay không. Bản của bạn chưa được lưu: hãy chép phần đang viết, tải lại trang (F5) rồi lưu lại.',
    olderBackup:
      'Có một bản lưu tạm trên máy này cho bài này, nhưng nó được soạn trên một bản cũ: sau đó bài đã được lưu lại. Chọn “OK” để dùng bản lưu tạm: khi bạn lưu, nó thay hẳn bản mới nhất, kể cả phần người khác đã sửa. Chọn “Hủy” để mở bản mới nhất (bản lưu tạm sẽ bị bỏ).',
    howTo:
      'Để giữ cả hai bản: chép phần bạn vừa sửa, rồi tải lại trang (F5). Trang sẽ hỏi có dùng bản lưu tạm không: chọn “Hủy” để mở bản mới nhất, dán lại phần của bạn vào đó rồi lưu; chọn “OK” thì bản của bạn thay hẳn bản của người kia.',
  },
} as const;
