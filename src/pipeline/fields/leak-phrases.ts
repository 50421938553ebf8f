/**
 * @module Phrases that both state a leak (extract/signals.ts) and tell its cause (cause.ts), kept once as regex
 * sources so the two cannot drift apart.
 */

/**
 * 封入を誤り, 別の世帯に郵送した, 別の被保険者あてに送付, 別の顧客1人の予定表が同封されていた: mail put in the wrong envelope or sent to another household (misdelivery).
 */
export const MISSENT =
  "(?:宛先|宛名|本来の送付先|送付先)と(?:は)?異なる[^。、]{0,10}(?:に|へ)(?:誤って)?(?:郵送|送付|送信|発送|送っ|届)|封入(?:を)?誤|封入作業(?:の|を|で)?(?:誤|ミス)|封入ミス|別の[^。、]{1,8}?の[^。、]{0,24}?を(?:同封|封入)|封筒に(?:入れ|封入|同封)(?<=(?:別人|他人|別の[^。、]{0,6}?)の封筒に(?:入れ|封入|同封))|(?:別人|他人)(?:あて|宛て?)?(?:に|へ)(?:誤って)?(?:郵送|送付|送信|発送|交付|配布|配達|送っ|渡し|手渡|渡っ)|別の(?:世帯|人|方|住所|宛先|利用者|顧客|患者|保護者|児童|生徒|学生|事業者|事業所|会社|団体|会員|職員|家庭|施設|学校|病院|店舗|支店|部署|自治体|[^。、者]{0,6}?者)(?:あて|宛て?)?(?:に|へ)(?:誤って)?(?:郵送|送付|送信|発送|交付|配布|配達|送っ|渡し|手渡|渡っ)|別の(?:世帯|人|方|利用者|顧客|患者|保護者|児童|生徒|受給者|住民)(?:あて)?の[^。、]{0,24}?を(?:入れ|同封|封入|混入|挟ん)|別の(?:世帯|人|方|利用者|顧客|患者|保護者|児童|生徒|受給者|住民)[^。、]{0,8}?の[^。、]{0,24}?(?:が|も)(?:同封|封入|混入)され";

/** 転職先で営業に使っていた, 同業他社に提供: customer data taken to a new employer or a rival (insider). */
export const USED_AT_RIVAL = "(?:転職先|競合他社|同業他社)[^。]{0,20}(?:使っ|使用|利用|流用|提供|渡し)";

/** 一覧が印刷された状態で配布された: a sheet handed out with others' data printed on it (a handling error). */
export const HANDED_OUT_PRINTED = "(?:記載|印刷|印字)された(?:状態|まま)で[^。]{0,20}(?:配布|配付|送付|発送|交付|掲示)";

/**
 * 返却したパソコンに顧客情報が残ったまま中古店で販売されていた, データを消去しないまま業者に返却していた: data left
 * on a device that was sold, returned or given away (the erasure was not done: mis_operation).
 */
export const LEFT_ON_DEVICE =
  "(?:情報|データ)が(?:消去されずに)?残(?:った|っていた|されていた|されたまま|ったまま)[^。]{0,30}(?:販売|売却|譲渡|転売|出品|売られ|流通)|(?:消去|削除|初期化)(?:せず|しない(?:まま|で))(?<=(?:データ|情報)を(?:消去|削除|初期化)(?:せず|しない(?:まま|で)))[^。]{0,20}(?:返却|売却|譲渡|廃棄|処分|引き渡)";

/** 受講者名簿をロビーの掲示板に掲示していた: a list of people posted where visitors see it (mispublication). */
export const POSTED_IN_VIEW =
  "(?:名簿|一覧|リスト|書類|個人情報)[^。]{0,40}(?:ロビー|窓口|廊下|掲示板|玄関|受付|壁)[^。、]{0,8}に(?:掲示|貼)";

/** 宛先（TO）欄に入力して送信, 「CC」欄に入れ: addresses put in a field every recipient sees (misdelivery). */
export const VISIBLE_FIELD =
  "(?:宛先|TO|To|ＴＯ|CC|Cc|ＣＣ)[」』]?(?:[（(](?:TO|To|ＴＯ|CC|Cc|ＣＣ)[）)])?(?:の)?欄に(?:入れ|入力|記入|設定)";

/** 誰でもダウンロードできる状態, 誰でも閲覧可能: data open to anyone (mispublication). */
export const OPEN_TO_ANYONE =
  "誰でも(?:閲覧|ダウンロード|アクセス|見る(?:こと)?が|見られ)(?:でき|可能)|誰でも見られる(?:状態|ように)|ダウンロード(?:できる|可能な)状態";

/**
 * 業務と関係のない住民の住所を私的に閲覧した, 目的外に閲覧: staff looking up records for themselves (insider; APPI
 * treats a staff member's unauthorized use of data as 漏えい等 only when it leaves, but the news and the golds report
 * such snooping as the leak itself).
 */
export const PRIVATE_VIEWING =
  "(?:私的|無断|目的外|興味本位)(?:に|で)[^。、]{0,16}閲覧|業務(?:外|と(?:は)?関係(?:の)?(?:ない|なく)|に関係(?:の)?(?:ない|なく))[^。]{0,30}閲覧";

/** 顧客の個人情報が印刷された用紙を使っていた, 裏紙として再利用: printouts of data reused as scrap paper (mis_operation). */
export const SCRAP_PAPER =
  "(?:個人情報|顧客|名簿|リスト|氏名)[^。]{0,20}(?:印刷|印字|記載)された(?:用紙|紙|書類)を(?:使|利用|再利用|配)|裏紙(?:として|を|に)[^。]{0,10}(?:使|利用|再利用)";

/** 投稿した写真に…書類が写り込んでいた: data caught in a photo that was posted (mispublication). */
export const CAUGHT_IN_PHOTO = "(?:写り込|映り込|写りこ|映りこ)(?:ん|み|ま)";

/**
 * ほかの申込者全員にメールで送られていた, 他人の申込内容が届いた, 送信先の設定を誤り, 第三者に、予約者の…が届いた,
 * 元社員にも転送されており: data that reached other people by mail (misdelivery).
 */
export const REACHED_OTHERS =
  "(?:ほか|他|別)の[^。、]{0,10}?(?:全員|利用者|申込者|申請者|会員|顧客|契約者|加入者|組合員|受給者|参加者|応募者|受講者|保護者|生徒|児童|学生|患者|被保険者|住民|世帯|家庭|人)[^。、]{0,8}?に[^。、]{0,10}?(?:送られ|送信され|配信され|届い|届く|届け)|(?:他人|別人)の[^。、]{0,12}?が届|(?:送信先|宛先|送付先|配信先)(?:の)?設定を誤|(?:第三者|部外者|無関係の[^。、]{0,8}?|思わぬ相手|元社員|元職員|退職(?:した|者)[^。、]{0,8}?)(?:に|へ)(?:も)?(?:(?!不正|利用)[^。]){0,40}?(?:届い|届く|届け|転送され|送信され|送られ)";

/**
 * ホームページに掲載した資料に、町民約70人分の氏名が記載されていた, 資料に患者の実名が含まれたまま、サイトで公開されて
 * いた: data found in a file put on the web (mispublication).
 */
export const PUBLISHED_WITH_DATA =
  "(?:ホームページ|ウェブサイト|公式サイト|サイト|HP)(?:上)?(?:に|で)(?:掲載|公開)(?:した|していた|された|されていた)[^。]{0,40}(?:氏名|個人情報|名簿|住所|電話番号)[^。]{0,24}(?:記載|含まれ|掲載|記録)されて|(?:まま|状態で)(?<=(?:氏名|実名|個人情報|住所|電話番号)[^。、]{0,6}(?:が|を)(?:含まれ|含ん|記載され|載せ)た(?:まま|状態で))[^。]{0,40}(?:公開|掲載)され";

/** かばんをひったくられ、書類が奪われた, 持ち去られた: data taken by force or carried off (theft). */
export const TAKEN = "ひったくら|ひったくり|奪われ|奪い取ら|持ち去ら|盗み出";
